namespace SiteGen.Content;

/// <summary>
/// Stand-ins for values that could not be read, so an item with one error still goes through the
/// other checks of the same build (its links, headings, references) instead of in a later round.
/// A build with an error never publishes, so the stand-ins are never seen by readers.
/// </summary>
public static class Recovery
{
    /// <summary>The date used for an unreadable 'date': far enough back to start no "in the future" warning.</summary>
    public static readonly DateOnly Date = new(2000, 1, 1);
}
