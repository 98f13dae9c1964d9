using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Jixiao.Web.Tests;

/// <summary>The API requests the tests send: a package saved, or a record moved, on the version it was made on (<c>If-Match</c>).</summary>
internal static class ApiCalls
{
    public static HttpRequestMessage Put(string url, string json, int version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return request;
    }

    public static HttpRequestMessage Move(string url, string action, int version, string? reason = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { action, reason }), Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return request;
    }

    /// <summary>A record moved by <paramref name="action"/> (Submit, Pass, Return, Publish).</summary>
    public static HttpRequestMessage Move(Guid record, string action, int version) => Move($"/api/records/{record}/transitions", action, version);
}
