namespace SiteGen.Diagnostics;

/// <summary>
/// Stable codes, grouped by phase: SG1xxx reading content, SG2xxx cross-checks in the model,
/// SG3xxx templates, SG4xxx output. Tests and editors' notes refer to them, so never renumber.
/// Downloads and the link check use the x1xx block of each phase (SG1101, SG2101, SG4101…).
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
    public const string MarkdownTooComplex = "SG1016";
    public const string UnknownLanguage = "SG1017";
    public const string ControlCharacter = "SG1018";
    // SG1019–SG1020 are left for messages about the limits of input files.
    public const string MisspelledKey = "SG1021";
    public const string PlaceholderText = "SG1022";
    public const string NotChecked = "SG1023";

    public const string UnreadableDocument = "SG1101";
    public const string PdfWithoutTitle = "SG1102";
    public const string PdfWithoutLanguage = "SG1103";
    public const string PdfNotTagged = "SG1104";
    public const string ImageWithoutAlt = "SG1105";
    public const string SidecarWithoutFile = "SG1106";
    public const string HandWrittenLabel = "SG1107";

    public const string DuplicateId = "SG2001";
    public const string UnknownDeadline = "SG2002";
    public const string EndBeforeStart = "SG2003";
    public const string BrokenLink = "SG2004";
    public const string DuplicateSlug = "SG2005";
    public const string AliasClash = "SG2006";
    public const string DanglingTranslation = "SG2007";
    public const string TranslationConflict = "SG2008";

    public const string UnlinkedDocument = "SG2101";

    public const string TemplateNotFound = "SG3001";
    public const string TemplateSyntax = "SG3002";
    public const string TemplateRuntime = "SG3003";
    public const string MissingUiString = "SG3004";
    public const string UnknownUiString = "SG3005";
    public const string UncachablePartial = "SG3006";

    public const string PageWithoutLanguage = "SG4201";
    public const string HeadingStructure = "SG4202";
    public const string VagueLinkText = "SG4203";
    public const string DuplicateElementId = "SG4204";
    public const string TableWithoutHeaders = "SG4205";
    public const string ForeignResource = "SG4206";
    public const string MissingAccessibilityStatement = "SG4207";

    public const string DuplicateOutputPath = "SG4001";
    public const string OutputNotWritable = "SG4002";
    public const string OutputNameTooLong = "SG4003";

    public const string DeadLink = "SG4101";
    public const string DeadAnchor = "SG4102";
    public const string MissingImage = "SG4103";

    public const string CmsNotInstalled = "SG4301";
}
