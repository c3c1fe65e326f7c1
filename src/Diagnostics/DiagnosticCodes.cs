namespace SiteGen.Diagnostics;

/// <summary>
/// Stable codes, grouped by phase: SG1xxx reading content, SG2xxx cross-checks in the model,
/// SG3xxx templates, SG4xxx output. Tests and editors' notes refer to them, so never renumber.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "SG1001";
    public const string InvalidDate = "SG1002";
    public const string MissingKey = "SG1003";
    public const string WrongType = "SG1004";
    public const string FrontMatterNotClosed = "SG1005";
    public const string InvalidText = "SG1006";
    public const string InvalidSlug = "SG1007";
    public const string UnknownValue = "SG1008";
    public const string InvalidLink = "SG1009";
    public const string MissingFile = "SG1010";
    public const string FileTooLarge = "SG1011";
    public const string FutureItem = "SG1012";
    public const string InvalidConfig = "SG1013";
    public const string ShallowHistory = "SG1014";
    public const string NonexistentTime = "SG1015";

    public const string DuplicateId = "SG2001";
    public const string UnknownDeadline = "SG2002";
    public const string EndBeforeStart = "SG2003";
    public const string BrokenLink = "SG2004";
    public const string DuplicateSlug = "SG2005";
    public const string AliasClash = "SG2006";

    public const string TemplateNotFound = "SG3001";
    public const string TemplateSyntax = "SG3002";
    public const string TemplateRuntime = "SG3003";

    public const string DuplicateOutputPath = "SG4001";
    public const string OutputNotWritable = "SG4002";
}
