using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Renders named Scriban templates. Each template is parsed once. Each thread keeps one explicitly
/// configured context (strict variables, '\n', loop limits, fixed culture, escaping) and resets it
/// between renders (Scriban's TemplateContext.Reset is made for reuse on one thread): a new context
/// per page rebuilt Scriban's builtins. Parsed partials and member accessors are shared by all the
/// contexts (see <see cref="HtmlTemplateContext"/>). A render that throws drops its context, so no
/// half-finished state reaches the next page.
/// Scriban's own messages already carry "file(line,col)"; they are turned into diagnostics.
/// </summary>
public sealed class TemplateRenderer(TemplateLocator locator, ScriptObject functions)
{
    /// <summary>Generous enough for a 10,000-item archive, small enough to stop a runaway loop in seconds.</summary>
    public const int LoopLimit = 1_000_000;

    private readonly ConcurrentDictionary<string, Template?> parsed = new(StringComparer.Ordinal);
    private readonly ThreadLocal<HtmlTemplateContext?> idle = new();
    private readonly ConcurrentDictionary<string, Template> partials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> accessors = new();

    /// <summary>The rendered text, or null after reporting why.</summary>
    public string? Render(string templateName, ScriptObject globals, SourceLocation? requestedBy, DiagnosticBag diagnostics) =>
        Run(templateName, globals, requestedBy, diagnostics, static (template, context) => template.Render(context));

    /// <summary>The rendered text as UTF-8 (see <see cref="Utf8Output"/>), or null after reporting why.</summary>
    public byte[]? RenderUtf8(string templateName, ScriptObject globals, SourceLocation? requestedBy, DiagnosticBag diagnostics) =>
        Run(templateName, globals, requestedBy, diagnostics, static (template, context) =>
        {
            context.PushOutput(context.Utf8);   // popped by the next Reset
            template.Render(context);
            return context.Utf8.TakeBytes();
        });

    private T? Run<T>(string templateName, ScriptObject globals, SourceLocation? requestedBy, DiagnosticBag diagnostics, Func<Template, HtmlTemplateContext, T> render)
        where T : class
    {
        var template = Load(templateName, requestedBy, diagnostics);
        if (template is null)
            return null;
        var context = Rent(globals);
        context.Diagnostics = diagnostics;
        try
        {
            var result = render(template, context);
            idle.Value = context;
            return result;
        }
        catch (ScriptParserRuntimeException e)
        {
            // A syntax error in an included partial: point at the partial's own line, not only at the include.
            foreach (var message in e.ParserMessages)
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, SyntaxError(message.Message), LocationOf(message.Span));
            return null;
        }
        catch (TemplateNotFoundException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, e.Text, LocationOf(e.Span)); // SG3003, as before: the include runs when the page is rendered
            return null;
        }
        catch (ScriptRuntimeException e) when (e.InnerException is InvalidOperationException { Message: ReadOnlyMessage })
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, ReadOnlyBuiltin, LocationOf(e.Span));
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, RuntimeError(e.OriginalMessage), LocationOf(e.Span));
            return null;
        }
        catch (InvalidOperationException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, RuntimeError(e.Message), SourceLocation.StartOf(locator.Find(templateName)?.DisplayPath ?? templateName));
            return null;
        }
    }

    private Template? Load(string name, SourceLocation? requestedBy, DiagnosticBag diagnostics)
    {
        var file = locator.Find(name);
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateNotFound, locator.NotFound(name), requestedBy);
            return null;
        }
        var template = parsed.GetOrAdd(file.DisplayPath, _ => Template.Parse(TemplateLocator.TextOf(file), file.DisplayPath));
        if (template is { HasErrors: true })
        {
            foreach (var message in template.Messages)
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, SyntaxError(message.Message), LocationOf(message.Span));
            return null;
        }
        return template;
    }

    // Scriban explains its errors in English only; the Norwegian text says what kind of error it is and quotes Scriban.
    private static LocalizedText SyntaxError(string message) =>
        new(message, $"skrivefeil i malen (Scriban sier: «{message.TrimEnd('.')}») – rett malen, eller spør den som har laget temaet");

    // What Scriban throws when a template sets something on one of its own objects (made read-only in CreateContext).
    private const string ReadOnlyMessage = "The object is readonly";

    private static readonly LocalizedText ReadOnlyBuiltin = new(
        "the template sets something on one of Scriban's own objects (such as date.format = … or string.x = …), which would carry over to the pages drawn after it; give the format where it is used instead (date.to_string d \"%Y\"), or use a variable of your own",
        "malen setter noe på et av Scribans egne objekter (som date.format = … eller string.x = …), og det ville fulgt med til sidene som tegnes etter den – gi formatet der det brukes i stedet (date.to_string d \"%Y\"), eller bruk en egen variabel");

    private static LocalizedText RuntimeError(string message) =>
        new(message, $"malen stoppet med en feil (Scriban sier: «{message.TrimEnd('.')}») – rett malen, eller spør den som har laget temaet");

    /// <summary>This thread's context, reset, with the functions and the page's globals on top.</summary>
    private HtmlTemplateContext Rent(ScriptObject globals)
    {
        var context = idle.Value ?? CreateContext();
        idle.Value = null; // in use: should a render ever start inside another on this thread, it gets its own
        context.Reset();
        context.Tags.Clear();   // array.cycle keeps its place here, and Reset keeps it: it went on from the page drawn before
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(functions);
        context.PushGlobal(globals);
        return context;
    }

    private HtmlTemplateContext CreateContext()
    {
        var context = new HtmlTemplateContext(partials, accessors)
        {
            StrictVariables = true,
            NewLine = "\n",
            LoopLimit = LoopLimit,
            LimitToString = 0,
            RecursiveLimit = 64,
            MemberRenamer = StandardMemberRenamer.Default,
            TemplateLoader = locator,
            EnableRelaxedMemberAccess = false,
        };
        // Scriban's own objects (string, date, array, …) live as long as the context, which draws page after page: what one
        // page set on them (date.format = "%Y", string.x = …) showed on the pages drawn after it on the same thread, so the
        // same site came out differently from run to run. Read-only, such a line stops the page with a message instead.
        foreach (var builtin in context.BuiltinObject.Values.OfType<ScriptObject>())
            builtin.IsReadOnly = true;
        return context;
    }

    /// <summary>Where in a template a node stands, as messages give it (lines and columns from 1).</summary>
    internal static SourceLocation LocationOf(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
}
