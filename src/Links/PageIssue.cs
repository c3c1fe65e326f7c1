using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>A universal-design or privacy problem found in one finished page.</summary>
/// <param name="IsError">Errors stop the build; warnings are for the editor to judge (a vague link text may be fine in context).</param>
public sealed record PageIssue(string Code, LocalizedText Message, bool IsError, int Line, int Column)
{
    /// <summary>The id of the heading the issue is about, to find the Markdown line it was written on.</summary>
    public string? HeadingId { get; init; }

    /// <summary>The href of the link the issue is about, to find the Markdown line it was written on.</summary>
    public string? Href { get; init; }
}
