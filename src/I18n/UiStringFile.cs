using System.Collections.Immutable;

namespace SiteGen.I18n;

/// <summary>One theme/i18n/&lt;lang&gt;.yml: its texts by dotted key.</summary>
public sealed record UiStringFile(string DisplayPath, ImmutableSortedDictionary<string, string> Texts);
