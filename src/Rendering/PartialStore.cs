using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Where <c>include_cached</c> keeps what it drew: the text a partial drew from <paramref name="inputs"/> (the page's language, the
/// site and the values the template gave), with the messages it gave, drawn by <paramref name="draw"/> only when none is kept
/// for them yet. The build decides how long (see SiteBuilder); the renderer only asks.
/// </summary>
public delegate string PartialStore(string partial, object?[] inputs, DiagnosticBag diagnostics, Func<DiagnosticBag, string> draw);
