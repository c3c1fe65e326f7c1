using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>A broken reference in a finished page. <see cref="Reason"/> completes "the link 'x' …" / "lenken «x» …".</summary>
/// <param name="TargetPath">The site path the reference resolved to, for hints about relative links.</param>
public sealed record LinkFinding(PageScan Page, HtmlReference Reference, string Code, LocalizedText Reason, string? TargetPath);
