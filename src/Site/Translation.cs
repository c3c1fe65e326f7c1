namespace SiteGen.Site;

/// <summary>One version of a translated page: its language and address; the original is the page the others name in 'translation_of'.</summary>
public sealed record Translation(string Language, string SitePath, bool IsOriginal);
