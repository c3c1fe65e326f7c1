using System.Collections.Immutable;
using Scriban;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// What a partial reads of the page that includes it, worked out from the parsed template before it runs: the variables it
/// reads and does not bind itself (its own loop variables), through the partials it includes; and, when a list of names
/// cannot say it, why it depends on the page some other way (it sets a variable, reads the includer's loop, names a partial
/// at run time, evaluates text as a template, calls what gives a new value each time). <c>include_cached</c> refuses a
/// partial whose reads its key does not cover.
/// </summary>
/// <param name="Bare">Scriban's objects it reads other than as <c>object.name</c>: through a variable of its own these could reach
/// object.eval or array.cycle, so include_cached accepts them only where the call gives a value of that name.</param>
internal sealed record PartialReads(ImmutableArray<ScriptVariableGlobal> Variables, ImmutableArray<string> Bare, LocalizedText? Obstacle)
{
    /// <param name="load">The partial an include names, or null when it cannot be found (the include reports that when it runs).</param>
    public static PartialReads Of(Template template, Func<string, Template?> load)
    {
        var walker = new Walker(load);
        walker.Partial(template);
        return new([.. walker.Names.Select(n => new ScriptVariableGlobal(n))], [.. walker.Bare], walker.Obstacle);
    }

    private static readonly LocalizedText WorkedOutName =
        new("it includes a partial whose name is worked out as the page is drawn", "den tar med en del-mal som navnet regnes ut for");

    private sealed class Walker(Func<string, Template?> load)
    {
        public readonly SortedSet<string> Names = new(StringComparer.Ordinal);
        public readonly SortedSet<string> Bare = new(StringComparer.Ordinal);
        public LocalizedText? Obstacle;
        private readonly List<string> bound = [];
        private readonly HashSet<Template> walking = [];
        private readonly Dictionary<string, int> loops = new(StringComparer.Ordinal) { ["for"] = 0, ["while"] = 0, ["tablerow"] = 0 };

        public void Partial(Template template)
        {
            // A partial that includes itself is walked once: what it reads the second time it read the first.
            if (!walking.Add(template))
                return;
            Walk(template.Page);
            walking.Remove(template);
        }

        private void Walk(ScriptNode? node)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "object" or "array" or "math" or "date" } builtin } member:
                    Builtin(builtin.Name, member);
                    return;
                case ScriptObjectMember member:
                    Walk(member.Value);                 // 'title' in {title: 1} is a key, not a variable
                    return;
                case ScriptMemberExpression member:
                    Walk(member.Target);            // 'title' in deadline.title is a member, not a variable
                    return;
                case ScriptNamedArgument named:
                    Walk(named.Value);
                    return;
                case ScriptForStatement loop:
                    Loop(loop);
                    return;
                case ScriptWhileStatement loop:
                    Walk(loop.Condition);
                    loops["while"]++;
                    Walk(loop.Body);
                    loops["while"]--;
                    return;
                case ScriptAssignExpression { Target: not ScriptVariableLocal } assign:
                    Obstacle ??= new($"it sets '{assign.Target}'", $"den setter «{assign.Target}»");
                    return;
                case ScriptCaptureStatement { Target: not ScriptVariableLocal } capture:
                    Obstacle ??= new($"it sets '{capture.Target}'", $"den setter «{capture.Target}»");
                    return;
                case ScriptIncrementDecrementExpression { Right: not ScriptVariableLocal } step:
                    Obstacle ??= new($"it sets '{step.Right}'", $"den setter «{step.Right}»");
                    return;
                case ScriptImportStatement import:
                    Obstacle ??= new($"it imports '{import.Expression}' into the page's variables", $"den henter «{import.Expression}» inn i variablene på siden");
                    return;
                case ScriptReadOnlyStatement readOnly:
                    Obstacle ??= new($"it makes '{readOnly.Variable}' read-only", $"den gjør «{readOnly.Variable}» skrivebeskyttet");
                    return;
                case ScriptThisExpression:
                    Obstacle ??= new("it reads 'this', every variable of the page", "den leser «this», alle variablene på siden");
                    return;
                case ScriptFunction function:
                    Obstacle ??= new($"it defines the function '{function.NameOrDoToken}'", $"den lager funksjonen «{function.NameOrDoToken}»");
                    return;
                case ScriptPipeCall { To: ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" or CachedIncludeFunction.Name } } }:
                    // x | include "p": the value piped in comes first, so x, not "p", names the partial.
                    Obstacle ??= WorkedOutName;
                    return;
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" or CachedIncludeFunction.Name } } include:
                    Include(include);
                    return;
                case ScriptVariableGlobal variable:
                    Variable(variable.Name);
                    return;
            }
            for (var i = 0; i < node.ChildrenCount; i++)
                Walk(node.GetChildren(i));
        }

        private void Loop(ScriptForStatement loop)
        {
            Walk(loop.Iterator);
            foreach (var argument in loop.NamedArguments ?? [])
                Walk(argument.Value);
            var name = (loop.Variable as ScriptVariableGlobal)?.Name;
            if (name is not null)
                bound.Add(name);
            var kind = loop is ScriptTableRowStatement ? "tablerow" : "for";
            loops[kind]++;
            Walk(loop.Body);
            loops[kind]--;
            if (name is not null)
                bound.RemoveAt(bound.Count - 1);
            Walk(loop.Else);
        }

        private void Include(ScriptFunctionCall include)
        {
            if (include.Arguments.Count == 0 || include.Arguments[0] is not ScriptLiteral { Value: string name })
            {
                Obstacle ??= WorkedOutName;
                return;
            }
            for (var i = 1; i < include.Arguments.Count; i++)
                Walk(include.Arguments[i]);
            if (load(name) is { } partial)
                Partial(partial);
        }

        // object.eval reads any variable; array.cycle, math.random, math.uuid, date.now and date.utc_now give another value each
        // call: drawn once and reused, they would show the first page's value on every other.
        private void Builtin(string name, ScriptMemberExpression member)
        {
            var function = member.Member?.Name;
            if (name == "object" && function is "eval" or "eval_template")
                Obstacle ??= new($"it evaluates text as a template ('{member}'), which can read any variable",
                    $"den regner ut tekst som en mal («{member}»), og den kan lese hvilken som helst variabel");
            else if ((name, function) is ("array", "cycle") or ("math", "random" or "uuid") or ("date", "now" or "utc_now"))
                Obstacle ??= new($"it calls '{member}', which gives another value each time", $"den bruker «{member}», som gir en ny verdi hver gang");
            else
                Names.Add(name);
        }

        private void Variable(string name)
        {
            // for.last, while.index: the state of a loop, the partial's own only inside a loop of its own of that kind.
            if (loops.TryGetValue(name, out var open))
            {
                if (open == 0)
                    Obstacle ??= new($"it reads '{name}', the state of the includer's loop", $"den leser «{name}», som hører til løkken den blir tatt med fra");
                return;
            }
            // include named other than by a call with the partial's name ("x" | include, a function kept in a variable,
            // include_join's list of names): the walk cannot tell which partial that draws, nor what it reads.
            if (name is "include" or "include_join" or CachedIncludeFunction.Name)
            {
                Obstacle ??= WorkedOutName;
                return;
            }
            if (bound.Contains(name))
                return;
            if (name is "object" or "array" or "math" or "date")
                Bare.Add(name);   // only its members are told apart (see Builtin)
            Names.Add(name);
        }
    }
}
