using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// <c>{{ include_cached "partials/deadline.sbn" deadline show_details }}</c>: <c>include</c>, drawn once for each partial, page
/// language and set of values given after its name, and reused wherever the same is asked for again (Hugo's partialCached,
/// Jekyll's include_cached). A partial drawn on every page of a kind from the same few values (a deadline, a calendar month) is
/// then drawn once, and the preview draws it again only when those values, the site's settings or the theme change.
/// </summary>
/// <remarks>
/// Reuse is only right when the values given are all the partial reads of the page: every variable it reads must be given by
/// name (<c>deadline</c>, not <c>group.deadlines</c>, and not as <c>level: 2</c>), unless it is <c>site</c>, a function or one of
/// Scriban's own objects and the page has not set it to something else; the partial must not set any; and each value must be
/// one the key reads whole (see <see cref="Unkeyable"/>). That is checked from the parsed partial (see <see cref="PartialReads"/>)
/// and the values before it is drawn; a partial that fails it is reported at the include and drawn as <c>include</c> would,
/// so the build stops with the reason instead of showing one page's values on another. The call as written and the name as
/// given ($0) are part of the key: the partial reads the values by the names they were given under.
/// </remarks>
/// <param name="fixedValues">What <c>site</c> and each function name stand for on every page in this language.</param>
internal sealed class CachedIncludeFunction(string language, PartialStore store, IReadOnlyDictionary<string, object?> fixedValues,
    ConcurrentDictionary<Template, PartialReads> reads) : IScriptCustomFunction
{
    public const string Name = "include_cached";

    private readonly SafeIncludeFunction include = new();
    private readonly ConcurrentDictionary<ScriptNode, Call?> calls = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// An include_cached call in a template: its text, its number of values, and for each value after the partial's name the
    /// variable it was given as (null for a literal or an expression).
    /// </summary>
    private sealed record Call(string Text, int Arity, ImmutableArray<ScriptVariableGlobal?> Variables)
    {
        public bool Gives(string name) => Variables.Any(v => v?.Name == name);
    }

    /// <summary>Why a call's partial cannot be reused, and what to do instead.</summary>
    private sealed record Refused(LocalizedText Reason, LocalizedText Fix);

    private static readonly LocalizedText GiveByName = new("give every variable it reads by name after the partial's name, or use include",
        "gi hver variabel den leser, med navn, etter navnet på del-malen, eller bruk include");

    private static readonly LocalizedText UseInclude = new("use include for it", "bruk include for den");

    // A value nested deeper than this is refused: the fingerprint would walk it to the end, and deep enough it overflowed the stack.
    private const int DeepestValue = 32;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var page = (HtmlTemplateContext)context;
        var caller = callerContext ?? context.CurrentNode;
        var path = arguments.Count == 0 ? null : context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller);
        if (path is null || page.Diagnostics is not { } diagnostics)
            return include.Invoke(context, callerContext, arguments, blockStatement);   // include's own message for a missing name
        var template = context.GetOrCreateTemplate(path, caller);
        var call = caller is null ? null : calls.GetOrAdd(caller, CallOf);
        if (Unkeyed(context, caller, call, arguments, template) is { } refused)
        {
            diagnostics.Error(DiagnosticCodes.UncachablePartial, Refusal(path, refused), caller is null ? null : TemplateRenderer.LocationOf(caller.Span));
            return include.Invoke(context, callerContext, arguments, blockStatement);
        }
        object?[] inputs = [language, fixedValues["site"], call!.Text, .. arguments];   // the name as written too: the partial can read it as $0
        return new RawHtml(store(path, inputs, diagnostics, own => Draw(page, callerContext, arguments, blockStatement, own)));
    }

    // Null for a call whose values cannot be told by name: named values (level: 2), or a value piped in (x | include_cached "p").
    private static Call? CallOf(ScriptNode caller) =>
        caller is ScriptFunctionCall call && !call.Arguments.Any(a => a is ScriptNamedArgument)
            ? new Call(call.ToString(), call.Arguments.Count, [.. call.Arguments.Skip(1).Select(a => a as ScriptVariableGlobal)])
            : null;

    /// <summary>Why the values given do not cover what the partial reads; null when they do.</summary>
    private Refused? Unkeyed(TemplateContext context, ScriptNode? caller, Call? call, ScriptArray arguments, Template template)
    {
        if (call is null || call.Arity != arguments.Count)
            return new(new("its values are not all given by name (a named value such as 'level: 2', or a value piped in)",
                "verdiene er ikke alle gitt med navn (en navngitt verdi som «level: 2», eller en verdi sendt inn med |)"), GiveByName);
        HashSet<object>? seen = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (Unkeyable(arguments[i], 0, ref seen) is { } kind)
                return new(kind, UseInclude);
            // The partial reads the variable, not the value given: a later value that sets it (an include) would leave them apart.
            if (i > 0 && call.Variables[i - 1] is { } variable && !Equals(context.GetValue(variable), arguments[i]))
                return new(new($"'{variable.Name}' is set again while the values after the partial's name are worked out",
                    $"«{variable.Name}» blir satt på nytt mens verdiene etter navnet på del-malen regnes ut"), UseInclude);
        }
        var partial = reads.GetOrAdd(template, static (t, at) => PartialReads.Of(t, name => Load(at.context, name, at.caller)), (context, caller));
        if (partial.Obstacle is not null)
            return new(partial.Obstacle, UseInclude);
        if (partial.Bare.FirstOrDefault(name => !call.Gives(name)) is { } bare)
            return new(new($"it uses '{bare}' other than as {bare}.name", $"den bruker «{bare}» på en annen måte enn {bare}.navn"), UseInclude);
        foreach (var variable in partial.Variables)
        {
            if (call.Gives(variable.Name))
                continue;
            if (!fixedValues.TryGetValue(variable.Name, out var expected) && !context.BuiltinObject.TryGetValue(variable.Name, out expected))
                return new(new($"it reads '{variable.Name}', which is not given after its name", $"den leser «{variable.Name}», som ikke er gitt etter navnet"), GiveByName);
            if (!ReferenceEquals(context.GetValue(variable), expected))
                return new(new($"it reads '{variable.Name}', which this page has set to a value of its own", $"den leser «{variable.Name}», som siden har gitt en egen verdi"),
                    new("give the page's value another name, or use include", "gi sidens verdi et annet navn, eller bruk include"));
        }
        return null;
    }

    /// <summary>
    /// What in a value the key cannot tell apart, or null. The key is a fingerprint of the values, which reads texts, numbers,
    /// times, Scriban's objects and arrays, lists and maps item by item, and this program's own values (made by the build, not
    /// by templates) member by member; anything else it could only read as its text (a loop's state, a key and value of a
    /// map), and a range is worked out as it is read (1..999999 item by item, array.each calling its function again). A
    /// function's result, an array's own members (a.tag = …) and values nested too deep it cannot tell either.
    /// </summary>
    /// <param name="seen">The objects walked already: one shared by many parts ([x, x]) is walked once, and a cycle ends. Made at the
    /// first list or map: the theme's values (views, flags, numbers) need none.</param>
    private static LocalizedText? Unkeyable(object? value, int depth, ref HashSet<object>? seen)
    {
        if (depth > DeepestValue)
            return new($"it is given a value nested more than {DeepestValue} levels deep", $"den får en verdi som ligger mer enn {DeepestValue} nivåer inne i andre");
        switch (value)
        {
            case null or string or RawHtml or bool or char or decimal or DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Enum:
                return null;
            case not null when value.GetType().IsPrimitive:
                return null;
            case IScriptCustomFunction or Delegate:
                return new("it is given a function, whose result the key cannot tell", "den får en funksjon, og hva den gir, kan ikke nøkkelen skille");
            case ScriptRange:
                return new("it is given a range or a list worked out as it is read (1..3, array.each)", "den får et intervall eller en liste som regnes ut når den leses (1..3, array.each)");
            case ScriptArray array when array.GetMembers().Skip(1).Any():   // "size" is every array's
                return new("it is given an array with members of its own (a.name = …)", "den får en liste med egne felt (a.navn = …)");
            case ScriptObject or IDictionary or IList when !value.GetType().IsValueType && !(seen ??= new(ReferenceEqualityComparer.Instance)).Add(value):
                return null;
            case ScriptObject members:
                return Unkeyable(members.Values, depth, ref seen);
            case IDictionary entries:
                return Unkeyable(entries.Values, depth, ref seen);
            case IList items:
                return Unkeyable(items, depth, ref seen);
            case not null when value.GetType().Assembly == typeof(CachedIncludeFunction).Assembly:
                return null;
            default:
                return new($"it is given a value the key can only read as its text ({value.GetType().Name})",
                    $"den får en verdi som nøkkelen bare kan lese som tekst ({value.GetType().Name})");
        }
    }

    private static LocalizedText? Unkeyable(IEnumerable items, int depth, ref HashSet<object>? seen)
    {
        foreach (var item in items)
        {
            if (Unkeyable(item, depth + 1, ref seen) is { } kind)
                return kind;
        }
        return null;
    }

    private static Template? Load(TemplateContext context, string name, ScriptNode? caller)
    {
        try
        {
            return context.GetTemplatePathFromName(name, caller) is { } path ? context.GetOrCreateTemplate(path, caller) : null;
        }
        catch (Exception e) when (e is ScriptRuntimeException or TemplateNotFoundException)
        {
            return null;   // nothing to read; the include reports it if it runs
        }
    }

    // The partial's messages go to a bag of their own, kept with its text and given again wherever it is reused.
    private string Draw(HtmlTemplateContext page, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement, DiagnosticBag own)
    {
        var pageDiagnostics = page.Diagnostics;
        page.Diagnostics = own;
        try
        {
            return ((RawHtml)include.Invoke(page, callerContext, arguments, blockStatement)!).Html;
        }
        catch
        {
            foreach (var message in own.ToImmutable())
                pageDiagnostics?.Add(message);   // a partial that stops the page: what it said before stays with the page, as with include
            throw;
        }
        finally
        {
            page.Diagnostics = pageDiagnostics;
        }
    }

    private static LocalizedText Refusal(string partial, Refused refused) =>
        new($"{Name} cannot reuse {partial}: {refused.Reason.En}; {refused.Fix.En}",
            $"{Name} kan ikke gjenbruke {partial}: {refused.Reason.Nb} – {refused.Fix.Nb}");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(RawHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
