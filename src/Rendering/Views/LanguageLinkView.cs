namespace SiteGen.Rendering.Views;

/// <summary>
/// An entry of the language switch: <c>code</c> for lang and hreflang, <c>name</c> in the language itself
/// ("English", "Norsk bokmål"), <c>url</c> to the page's translation or that language's home page;
/// <c>current</c> is true for the page's own language.
/// </summary>
public sealed record LanguageLinkView(string Code, string Name, string Url, bool Current);
