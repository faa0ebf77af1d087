using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

/// <summary>The 4xx answers every endpoint gives, as ProblemDetails that say what to change.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    /// <summary>A 400 when <paramref name="value"/> is outside [min, max]; null when it is inside.</summary>
    public static ProblemHttpResult? OutOfRange(string name, int value, int min, int max) =>
        value < min || value > max
            ? BadRequest($"{name} is out of range", $"'{name}' is {value}; give a number from {min} to {max}.")
            : null;

    /// <summary>A 400 when a required text is missing or longer than <paramref name="maxLength"/>; null when it is fine.</summary>
    public static ProblemHttpResult? RequiredText(string name, string? value, int maxLength, string example)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return BadRequest($"{name} is required", $"Give '{name}', e.g. ?{name}={example}.");
        }

        return value.Length > maxLength
            ? BadRequest($"{name} is too long", $"'{name}' has {value.Length} characters; send at most {maxLength}.")
            : null;
    }

    /// <summary>A 400 when <paramref name="value"/> is given and longer than <paramref name="maxLength"/>.</summary>
    public static ProblemHttpResult? OptionalText(string name, string? value, int maxLength) =>
        value is not null && value.Length > maxLength
            ? BadRequest($"{name} is too long", $"'{name}' has {value.Length} characters; send at most {maxLength}.")
            : null;
}
