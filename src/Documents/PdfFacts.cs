namespace SiteGen.Documents;

/// <summary>What a PDF says about itself, read with PdfPig.</summary>
/// <param name="Tagged">The catalog marks it as tagged (/MarkInfo /Marked true) and it has a structure tree.</param>
/// <param name="Text">The words, page by page, in the order PdfPig finds them; "" when they cannot be read.</param>
public sealed record PdfFacts(int Pages, string? Title, string? Language, bool Tagged, DateOnly? Created, string Text);
