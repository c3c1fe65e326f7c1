namespace SiteGen.Search;

/// <summary>
/// An index term and the items it occurs in, in item order, with their stored scores (see <see cref="SearchPostings"/>).
/// A class, not a tuple: LINQ over a class runs the shared code precompiled with the framework, where a tuple
/// type has its own, compiled when the build first needs it.
/// </summary>
public sealed record TermPostings(string Term, List<(int Doc, int Score)> Postings);
