using System.Collections.Immutable;

namespace SiteGen.Config;

/// <summary>
/// site.yml 'languages: { en: { … } }': what differs for pages in another language than the site's.
/// <see cref="Menu"/> is null when the language has no menu of its own (its pages show the main menu).
/// </summary>
public sealed record LanguageSettings(string? Description, ImmutableArray<MenuItem>? Menu);
