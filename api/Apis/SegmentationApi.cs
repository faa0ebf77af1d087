using System.ComponentModel;
using KnowledgeGraph.Core.Segmentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class SegmentationApi
{
    /// <summary>Longest text one request may segment, in characters.</summary>
    public const int MaxTextLength = 10_000;

    public static IEndpointRouteBuilder MapSegmentationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/segment").WithTags("Segmentation");
        api.MapGet("/", Segment)
            .WithName("Segment")
            .WithSummary("Cut Chinese text into words, with offsets and part-of-speech tags")
            .WithDescription("The same segmentation the index uses: jieba's algorithm over jieba's dictionary and the CPPCC user dictionary.");
        return app;
    }

    public static Results<Ok<SegmentationResult>, ProblemHttpResult> Segment(
        JiebaSegmenter segmenter,
        [Description("The text to segment, at most 10,000 characters. Example: 淮安市政协走访民营企业603家")] string? text,
        [Description("true for search mode, which adds the dictionary words inside longer words")] bool search = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TypedResults.Problem("Give the text to segment in the 'text' parameter, e.g. ?text=淮安市政协走访民营企业603家.", statusCode: StatusCodes.Status400BadRequest, title: "text is required");
        }

        if (text.Length > MaxTextLength)
        {
            return TypedResults.Problem($"'text' has {text.Length} characters; send at most {MaxTextLength}.", statusCode: StatusCodes.Status400BadRequest, title: "text is too long");
        }

        var tokens = segmenter.Tokenize(text, search ? SegmentMode.Search : SegmentMode.Default)
            .Where(t => !string.IsNullOrWhiteSpace(t.Word))
            .Select(t => new SegmentedWord(t.Word, t.Start, t.End, t.Tag, t.IsInner))
            .ToList();
        return TypedResults.Ok(new SegmentationResult(text, tokens));
    }
}

/// <summary>A text and its words.</summary>
public sealed record SegmentationResult(string Text, IReadOnlyList<SegmentedWord> Words);

/// <summary>A word with its offsets in the text (UTF-16 code units) and its part-of-speech tag.</summary>
public sealed record SegmentedWord(string Word, int Start, int End, string Tag, bool Inner);
