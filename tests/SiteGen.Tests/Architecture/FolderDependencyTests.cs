using Mono.Cecil;
using Mono.Cecil.Cil;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// The folders under src/ are capabilities whose dependencies form no cycle (as Zola's crates, which Cargo
/// forbids to cycle). Measured from the compiled program: every type, method, field and generic argument
/// the code of one folder names from another, so a reference no "using" shows still counts.
/// </summary>
public sealed class FolderDependencyTests
{
    [Fact]
    public void Folders_UnderSrc_DependOnEachOtherWithoutACycle()
    {
        var graph = FolderGraph.Of(typeof(SiteBuilder).Assembly.Location);

        var cycles = FolderGraph.Cycles(graph.Keys.ToDictionary(k => k, k => graph[k].Keys.ToList()));

        Assert.True(cycles.Count == 0, "folders that use each other in a circle:\n" + string.Join("\n", cycles.Select(c =>
            string.Join(" ", c) + "\n  " + string.Join("\n  ", c.SelectMany(a => graph[a].Where(e => c.Contains(e.Key))
                .Select(e => $"{a} -> {e.Key}: {string.Join(", ", e.Value.Take(4))}"))))));
    }

    [Fact]
    public void Cycles_InAGraphWithOne_AreFound()
    {
        var graph = new Dictionary<string, List<string>>
        {
            ["Site"] = ["Content", "Calendar"],
            ["Calendar"] = ["Rendering"],
            ["Rendering"] = ["Site"],
            ["Content"] = [],
        };

        var cycle = Assert.Single(FolderGraph.Cycles(graph));

        Assert.Equal(["Calendar", "Rendering", "Site"], cycle);
    }

    [Fact]
    public void EveryFile_UnderSrc_IsInTheNamespaceOfItsFolder()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var misplaced = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(src, f).Replace('\\', '/'), Namespace: NamespaceOf(f)))
            .Where(f => f.Namespace is not null && f.Namespace != Expected(f.File))
            .Select(f => $"{f.File}: namespace {f.Namespace}, folder says {Expected(f.File)}")
            .ToList();

        Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
    }

    private static string Expected(string file) =>
        string.Join('.', ["SiteGen", .. file.Split('/')[..^1]]);

    private static string? NamespaceOf(string file) =>
        File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal))?["namespace ".Length..].TrimEnd(';', ' ');
}

/// <summary>Which folder's code names which other folder's types, read from the program's IL.</summary>
internal static class FolderGraph
{
    /// <summary>For each folder, the folders it uses, each with the type pairs ("SiteModelBuilder->DeadlineStamps") that make the edge.</summary>
    public static Dictionary<string, SortedDictionary<string, SortedSet<string>>> Of(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var graph = new Dictionary<string, SortedDictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        void Add(TypeDefinition from, TypeReference? to)
        {
            switch (to)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    foreach (var argument in generic.GenericArguments)
                        Add(from, argument);
                    Add(from, generic.ElementType);
                    return;
                case TypeSpecification specification:
                    Add(from, specification.ElementType);
                    return;
            }
            var (a, b) = (FolderOf(from), FolderOf(to));
            if (a is null || b is null || a == b)
                return;
            if (!graph.TryGetValue(a, out var edges))
                graph[a] = edges = new(StringComparer.Ordinal);
            if (!edges.TryGetValue(b, out var uses))
                edges[b] = uses = new(StringComparer.Ordinal);
            uses.Add($"{Outermost(from).Name}->{Outermost(to).Name}");
        }
        foreach (var type in AllTypes(assembly.MainModule.Types))
        {
            Add(type, type.BaseType);
            foreach (var implemented in type.Interfaces)
                Add(type, implemented.InterfaceType);
            foreach (var field in type.Fields)
                Add(type, field.FieldType);
            foreach (var property in type.Properties)
                Add(type, property.PropertyType);
            foreach (var method in type.Methods)
            {
                Add(type, method.ReturnType);
                foreach (var parameter in method.Parameters)
                    Add(type, parameter.ParameterType);
                if (!method.HasBody)
                    continue;
                foreach (var variable in method.Body.Variables)
                    Add(type, variable.VariableType);
                foreach (var instruction in method.Body.Instructions)
                    AddOperand(type, instruction, Add);
            }
        }
        foreach (var folder in graph.Values.SelectMany(e => e.Keys).ToList())
            graph.TryAdd(folder, new(StringComparer.Ordinal));
        return graph;
    }

    private static void AddOperand(TypeDefinition type, Instruction instruction, Action<TypeDefinition, TypeReference?> add)
    {
        switch (instruction.Operand)
        {
            case TypeReference referenced:
                add(type, referenced);
                break;
            case MethodReference method:
                add(type, method.DeclaringType);
                add(type, method.ReturnType);
                foreach (var parameter in method.Parameters)
                    add(type, parameter.ParameterType);
                if (method is GenericInstanceMethod generic)
                    foreach (var argument in generic.GenericArguments)
                        add(type, argument);
                break;
            case FieldReference field:
                add(type, field.DeclaringType);
                add(type, field.FieldType);
                break;
        }
    }

    /// <summary>The folder under src/ a type lives in: the namespace's second part ("SiteGen.Rendering.Views" → "Rendering"); the files at src/ itself are "src".</summary>
    private static string? FolderOf(TypeReference type)
    {
        var ns = Outermost(type).Namespace;
        if (ns != "SiteGen" && !ns.StartsWith("SiteGen.", StringComparison.Ordinal))
            return null; // another library, or the program's entry point (top-level statements)
        var parts = ns.Split('.');
        return parts.Length > 1 ? parts[1] : "src";
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type;
    }

    private static IEnumerable<TypeDefinition> AllTypes(IEnumerable<TypeDefinition> types) =>
        types.SelectMany(t => AllTypes(t.NestedTypes).Prepend(t));

    /// <summary>The strongly connected parts with more than one folder (Tarjan), each sorted; the list sorted by its first folder.</summary>
    public static List<List<string>> Cycles(IReadOnlyDictionary<string, List<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                    low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v])
                return;
            var part = new List<string>();
            string popped;
            do
            {
                popped = stack.Pop();
                onStack.Remove(popped);
                part.Add(popped);
            }
            while (popped != v);
            if (part.Count > 1)
                cycles.Add([.. part.Order(StringComparer.Ordinal)]);
        }
        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
                Visit(v);
        }
        return [.. cycles.OrderBy(c => c[0], StringComparer.Ordinal)];
    }
}
