namespace SiteGen.Content;

/// <summary>An ordinary page from input/pages/*.md; index.md is the home page.</summary>
public sealed record Page(ContentDocument Document, int? MenuOrder)
{
    public const string HomeSlug = "index";

    public string Slug => Document.Slug;
    public string Title => Document.Title;
    public bool IsHome => Slug == HomeSlug;
}
