using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Jixiao.Web.Tests;

/// <summary>
/// What a user's browser does, over HTTP: keeps the cookies, reads a page, and submits one of its forms as the page
/// built it (its action, hidden fields and anti-forgery token) with the fields the user filled in.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    public async Task LoginAsync(string user, string password)
    {
        var response = await SubmitAsync("/Account/Login", "form", new() { ["UserName"] = user, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"{user} 登录失败：{(int)response.StatusCode}");
    }

    public async Task<(HttpStatusCode Status, IHtmlDocument Page)> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        return (response.StatusCode, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public async Task<IHtmlDocument> PageAsync(string url)
    {
        var (status, page) = await GetAsync(url);
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url}: {(int)status}");
        return page;
    }

    /// <summary>Fills and submits the form of <paramref name="url"/>'s page that <paramref name="selector"/> finds.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string selector, Dictionary<string, string> fields)
    {
        var page = await PageAsync(url);
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"{url} 没有表单 {selector}");
        return await SubmitAsync(url, form, fields);
    }

    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IHtmlFormElement form, Dictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is { Length: > 0 } && i.Type is "hidden" or "text" or "password" or "number"))
            if (!fields.ContainsKey(input.Name!)) values.Add(new(input.Name!, input.Value));
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => s.Name is { Length: > 0 }))
            if (!fields.ContainsKey(select.Name!)) values.Add(new(select.Name!, select.Value ?? ""));
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(s => s.Name is { Length: > 0 }))
            if (!fields.ContainsKey(area.Name!)) values.Add(new(area.Name!, area.Value));
        values.AddRange(fields);
        string action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public void Dispose() => client.Dispose();
}
