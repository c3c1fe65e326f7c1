using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// A template function with fixed parameters, called without reflection. Scriban checks the number
/// of arguments and converts each to its parameter's type from <see cref="GetParameterInfo"/>, as
/// it does for an imported delegate; a delegate is then called with DynamicInvoke, which took a
/// tenth of the time of drawing a page.
/// </summary>
internal sealed class TemplateFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] parameters;
    private readonly Func<ScriptArray, object?> invoke;

    private TemplateFunction(ScriptParameterInfo[] parameters, Type returnType, Func<ScriptArray, object?> invoke)
    {
        this.parameters = parameters;
        this.invoke = invoke;
        ReturnType = returnType;
    }

    public static TemplateFunction Of<T, TResult>(string name, Func<T, TResult> function) =>
        new([new(typeof(T), name)], typeof(TResult), arguments => function((T)arguments[0]!));

    public static TemplateFunction Of<T1, T2, TResult>(string name1, string name2, Func<T1, T2, TResult> function) =>
        new([new(typeof(T1), name1), new(typeof(T2), name2)], typeof(TResult), arguments => function((T1)arguments[0]!, (T2)arguments[1]!));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) => invoke(arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => parameters.Length;
    public int ParameterCount => parameters.Length;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType { get; }
    public ScriptParameterInfo GetParameterInfo(int index) => parameters[index];
}
