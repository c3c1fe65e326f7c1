namespace SiteGen.Diagnostics;

/// <summary>
/// The language messages are shown in. Editors get Norwegian Bokmål by default; <c>--messages en</c>
/// gives English. Only the message text changes: positions, the words "error"/"warning" and the codes
/// stay the same, so tools can parse the lines in either language.
/// </summary>
public enum MessageLanguage
{
    Nb,
    En,
}

public static class MessageLanguages
{
    /// <summary>What <c>--messages</c> accepts, as written on the command line.</summary>
    public static readonly IReadOnlyList<string> Names = ["nb", "en"];

    public static bool TryParse(string? text, out MessageLanguage language)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "nb":
                language = MessageLanguage.Nb;
                return true;
            case "en":
                language = MessageLanguage.En;
                return true;
            default:
                language = MessageLanguage.Nb;
                return false;
        }
    }
}
