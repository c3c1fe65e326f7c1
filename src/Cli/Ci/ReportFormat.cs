namespace SiteGen.Cli.Ci;

/// <summary>How 'check' and 'build' report their messages: plain lines, GitHub workflow commands, or a GitLab Code Quality file.</summary>
public enum ReportFormat
{
    /// <summary>The canonical lines, <c>path(line,col): error CODE: message</c>.</summary>
    Text,

    /// <summary>One workflow command per message (<c>::error file=…,line=…,col=…,title=CODE::…</c>) and a summary table in $GITHUB_STEP_SUMMARY.</summary>
    GitHub,

    /// <summary>The canonical lines, and a Code Quality report (JSON) for the merge request widget.</summary>
    GitLab,
}
