namespace SiteGen.Content;

/// <summary>An ordinary page from input/pages/*.md; index.md is the home page.</summary>
public sealed record Page(Article Article, int? MenuOrder)
{
    public const string HomeSlug = "index";

    private readonly string? sitePath;

    public string Slug => Article.Slug;
    public string Title => Article.Title;
    public bool IsHome => Slug == HomeSlug;

    /// <summary>
    /// The page's address: "/" or "/&lt;slug&gt;/"; a page in another language than the site's lives under
    /// its language, "/en/" (its home) or "/en/&lt;slug&gt;/". Set by the model builder, which knows the site's language.
    /// </summary>
    public string SitePath
    {
        get => sitePath ?? (IsHome ? "/" : $"/{Slug}/");
        init => sitePath = value;
    }
}
