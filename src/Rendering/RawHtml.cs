namespace SiteGen.Rendering;

/// <summary>
/// HTML the generator made and vouches for (rendered Markdown, included partials). Templates write
/// it as it is; every other value is HTML-escaped on output.
/// </summary>
public sealed record RawHtml(string Html)
{
    public static readonly RawHtml Empty = new("");

    public bool IsEmpty => Html.Length == 0;

    public override string ToString() => Html;
}
