using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>The 'site' global: site.yml as templates see it. <c>home_url</c> and menu URLs include the base path.</summary>
public sealed record SiteView(
    string Title,
    string? Subtitle,
    string Description,
    string Language,
    string Owner,
    string BaseUrl,
    string HomeUrl,
    string? AccessibilityStatementUrl,
    ImmutableArray<AudienceView> Audiences,
    IReadOnlyDictionary<string, object?> Params);
