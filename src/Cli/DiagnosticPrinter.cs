using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics one per line, errors first, in the canonical form with the message in the chosen language.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, MessageLanguage language)
    {
        var list = diagnostics.ToList();
        foreach (var d in list.Where(d => d.IsError).Concat(list.Where(d => !d.IsError)))
            writer.WriteLine(d.Format(language));
    }
}
