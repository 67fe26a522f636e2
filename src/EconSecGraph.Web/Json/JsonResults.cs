namespace EconSecGraph.Web.Json;

/// <summary>Shorthands for Newtonsoft-written results.</summary>
public static class JsonResults
{
    public static NewtonsoftJsonResult<T> Ok<T>(T value) => new(value);

    public static NewtonsoftJsonResult<T> Status<T>(T value, int statusCode) => new(value, statusCode);
}
