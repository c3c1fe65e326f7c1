namespace SiteGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
