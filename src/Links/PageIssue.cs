using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>A universal-design or privacy problem found in one finished page.</summary>
/// <param name="IsError">Errors stop the build; warnings are for the editor to judge (a vague link text may be fine in context).</param>
public sealed record PageIssue(string Code, LocalizedText Message, bool IsError, int Line, int Column);
