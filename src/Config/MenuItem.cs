namespace SiteGen.Config;

/// <summary>An entry of the main menu. <see cref="Url"/> is a site path ("/aktuelt/") or an absolute address.</summary>
public sealed record MenuItem(string Title, string Url);
