namespace SiteGen.Rendering.Views;

/// <summary>An audience of deadlines ("folkebibliotek") with its label ("Folkebibliotek").</summary>
public sealed record AudienceView(string Id, string Label);
