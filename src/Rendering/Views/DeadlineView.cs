using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>
/// A deadline for templates. <c>when</c> is the Norwegian text ("2. desember 2022", "juni–august 2023");
/// <c>datetime</c> is the machine-readable start for &lt;time&gt;; <c>is_past</c> is as of the build.
/// </summary>
public sealed record DeadlineView(
    string Id,
    string Title,
    string Url,
    string When,
    string Datetime,
    string FirstDay,
    string LastDay,
    bool IsPast,
    bool IsCancelled,
    bool IsPeriod,
    string Status,
    ImmutableArray<AudienceView> Audiences,
    RawHtml Description,
    string? Link,
    string IcsUrl,
    ImmutableArray<LinkView> News,
    ImmutableArray<LinkView> Documents)
{
    /// <summary>Audience ids separated by spaces, for the in-page filter's data attribute.</summary>
    public string AudienceIds => string.Join(' ', Audiences.Select(a => a.Id));
}
