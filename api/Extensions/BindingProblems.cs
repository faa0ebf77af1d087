using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeGraph.Api.Extensions;

/// <summary>
/// Says in plain words which parameter of a request could not be read and what it takes, for
/// every endpoint: <c>limit=abc</c> gets "'limit' takes a whole number; 'abc' is not one",
/// not the framework's <c>Failed to bind parameter "int limit"</c>. It reads the endpoint's
/// handler: each parameter's type, and its [Description] for what it means.
/// </summary>
internal static class BindingProblems
{
    private const string ExampleMarker = "Example: ";

    /// <summary>Fills <paramref name="problem"/>'s title and detail for a request the framework could not bind.</summary>
    public static void Describe(HttpContext context, BadHttpRequestException exception, ProblemDetails problem)
    {
        // The exception handler takes the endpoint off the request; its feature keeps it.
        var failed = context.Features.Get<IExceptionHandlerFeature>();
        var endpoint = failed?.Endpoint ?? context.GetEndpoint();
        var routeValues = failed?.RouteValues ?? context.Request.RouteValues;
        var parameters = endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        foreach (var parameter in parameters)
        {
            if (Unreadable(context.Request.Query, routeValues, parameter) is { } value)
            {
                var name = parameter.Name!;
                problem.Title = $"{name} is not {Takes(parameter.ParameterType)}";
                problem.Detail = $"'{name}' takes {Takes(parameter.ParameterType)}; '{value}' is not one.{Meaning(parameter)}";
                return;
            }
        }

        if (parameters.Any(p => p.ParameterType == typeof(IFormFile)) && !context.Request.HasFormContentType)
        {
            problem.Title = "file is required";
            problem.Detail = "Send the document as multipart/form-data, in a field named 'file'.";
            return;
        }

        problem.Title = "Bad request";
        problem.Detail = $"The request could not be read: {exception.Message}";
    }

    // The value sent for a parameter that its type cannot take, or null when it can (or none was sent).
    private static string? Unreadable(IQueryCollection query, RouteValueDictionary? routeValues, ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type == typeof(string) || parameter.Name is null || !IsSimple(type))
        {
            return null;
        }

        var values = query[parameter.Name];
        var sent = values.Count > 0 ? values.ToString() : routeValues?[parameter.Name]?.ToString();
        return sent is null || Parses(type, sent) ? null : sent;
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(Guid);

    private static bool Parses(Type type, string value)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type.IsEnum => Enum.TryParse(type, value, ignoreCase: true, out _),
            _ when type == typeof(bool) => bool.TryParse(value, out _),
            _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(short) => short.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(double) => double.TryParse(value, NumberStyles.Float, invariant, out _),
            _ when type == typeof(float) => float.TryParse(value, NumberStyles.Float, invariant, out _),
            _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.Number, invariant, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(value, invariant, out _),
            _ when type == typeof(DateTime) => DateTime.TryParse(value, invariant, out _),
            _ when type == typeof(Guid) => Guid.TryParse(value, out _),
            _ => true,
        };
    }

    private static string Takes(Type parameterType)
    {
        var type = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
        return type switch
        {
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
            _ when type == typeof(DateOnly) || type == typeof(DateTime) => "a date such as 2024-01-15",
            _ => "a value of the expected form",
        };
    }

    // What the parameter is for, from its description (without its Swagger example).
    private static string Meaning(ParameterInfo parameter)
    {
        var description = parameter.GetCustomAttribute<DescriptionAttribute>()?.Description;
        if (string.IsNullOrWhiteSpace(description))
        {
            return "";
        }

        var example = description.LastIndexOf(ExampleMarker, StringComparison.Ordinal);
        var meaning = (example >= 0 ? description[..example] : description).Trim().TrimEnd('.');
        return $" {parameter.Name}: {meaning}.";
    }
}
