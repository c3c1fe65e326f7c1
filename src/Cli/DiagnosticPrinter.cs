using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics one per line, errors first, to standard error.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        var list = diagnostics.ToList();
        foreach (var d in list.Where(d => d.IsError).Concat(list.Where(d => !d.IsError)))
            writer.WriteLine(d.ToString());
    }
}
