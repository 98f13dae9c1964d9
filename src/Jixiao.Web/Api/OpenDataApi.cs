using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Application.Workflow;
using Jixiao.Catalogs;
using Jixiao.Data;
using Jixiao.Documents.Package;
using Jixiao.Web.Accounts;
using Jixiao.Web.Records;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>
/// Open data of the published budgets (docs/web.md, open data): their lines as CSV and JSON, described as a Fiscal Data
/// Package (<c>datapackage.json</c>: the columns' schema, the amount as the measure in CNY, and the administrative,
/// functional, economic, funding-source, expense-kind and project dimensions), so that open-budget tools load them as
/// they are. For one published budget, for a year, and for a year within a region (and the regions under it). Each file
/// of a folder names the others by relative path, so that a folder downloaded as it is still loads.
/// </summary>
public static class OpenDataApi
{
    /// <summary>The columns of budget-lines.csv / .json, with their titles and types (the datapackage's schema).</summary>
    public static readonly (string Name, string Title, string Type)[] Fields =
    [
        ("region_code", "区划代码", "string"),
        ("unit_code", "单位编码", "string"),
        ("unit_name", "单位名称", "string"),
        ("year", "预算年度", "year"),
        ("functional_code", "支出功能分类科目编码", "string"),
        ("functional_name", "支出功能分类科目名称", "string"),
        ("economic_code", "部门预算支出经济分类科目编码", "string"),
        ("economic_name", "部门预算支出经济分类科目名称", "string"),
        ("expense_kind", "支出类型", "string"),
        ("funding_source", "资金来源", "string"),
        ("project_code", "项目编码", "string"),
        ("carry_over", "上年结转", "boolean"),
        ("amount", "金额（元）", "number"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/open-data").WithTags("open-data").WithMetadata(new NeedsAttribute(Capability.ViewPublished));
        open.MapGet("/records/{id:guid}/{file}", RecordAsync).WithSummary("一份已公开预算的开放数据：datapackage.json、budget-lines.csv、budget-lines.json");
        open.MapGet("/{year:int}/{file}", YearAsync).WithSummary("一个年度全部已公开预算的开放数据");
        open.MapGet("/{year:int}/{region}/{file}", RegionAsync).WithSummary("一个年度、一个区划（含下级）已公开预算的开放数据");
    }

    private static async Task<IResult> RecordAsync(Guid id, string file, JixiaoDb db, RecordService records, HttpContext http) =>
        await WriteAsync(file, db.Records.Where(r => r.Id == id), db, records, http, $"budget-{id:N}", "一份已公开的单位预算");

    private static async Task<IResult> YearAsync(int year, string file, JixiaoDb db, RecordService records, HttpContext http) =>
        await WriteAsync(file, db.Records.Where(r => r.Year == year), db, records, http, $"budgets-{year}", $"{year} 年已公开的单位预算", year);

    private static async Task<IResult> RegionAsync(int year, string region, string file, JixiaoDb db, RecordService records, HttpContext http)
    {
        var name = await db.Regions.Where(r => r.Code == region).Select(r => r.Name).FirstOrDefaultAsync();
        if (name is null) return Results.NotFound();
        var under = await RegionTree.UnderAsync(db, region);
        var units = db.Units.Where(u => under.Contains(u.RegionCode)).Select(u => u.Id);
        return await WriteAsync(file, db.Records.Where(r => r.Year == year && units.Contains(r.UnitId)), db, records, http,
            $"budgets-{year}-{region}", $"{name} {year} 年已公开的单位预算", year);
    }

    private static async Task<IResult> WriteAsync(string file, IQueryable<Record> scope, JixiaoDb db, RecordService records, HttpContext http,
        string name, string title, int? year = null)
    {
        var published = await scope.Where(r => r.State == RecordAccess.PublishedState && r.Kind == nameof(RecordKind.Budget))
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { Record = r, u.RegionCode, u.Code })
            .OrderBy(x => x.RegionCode).ThenBy(x => x.Code).ThenBy(x => x.Record.Year).AsNoTracking().ToListAsync(http.RequestAborted);
        // one published budget that is not there is not found; an empty year or region is an empty, valid package
        if (published.Count == 0 && year is null) return Results.NotFound();
        switch (file)
        {
            case "datapackage.json":
                return Results.Text(Descriptor(name, title, published.Select(p => p.Record.Year).DefaultIfEmpty(year ?? 0).Min(),
                    published.Select(p => p.Record.Year).DefaultIfEmpty(year ?? 0).Max()).ToJsonString(Indented), "application/json; charset=utf-8");
            case "budget-lines.csv":
                return Results.Stream(async stream =>
                {
                    // the writers write synchronously: into a buffer that spills to disk beyond 32 KiB, drained to the response
                    await using var buffer = new Microsoft.AspNetCore.WebUtilities.FileBufferingWriteStream();
                    using (var csv = CsvHelper.CsvWriter.Create(buffer, new CsvHelper.CsvWriterOptions
                           {
                               NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false,
                           }, true))
                    {
                        foreach (var f in Fields) csv.WriteField(f.Name);
                        csv.EndRecord();
                        foreach (var p in published)
                            foreach (var row in await RowsAsync(p.Record, p.RegionCode, records, http.RequestAborted))
                            {
                                foreach (var cell in row) csv.WriteField(cell);
                                csv.EndRecord();
                            }
                    }
                    await buffer.DrainBufferAsync(stream, http.RequestAborted);
                }, "text/csv; charset=utf-8", "budget-lines.csv");
            case "budget-lines.json":
                return Results.Stream(async stream =>
                {
                    await using var buffer = new Microsoft.AspNetCore.WebUtilities.FileBufferingWriteStream();
                    await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                    json.WriteStartArray();
                    foreach (var p in published)
                        foreach (var row in await RowsAsync(p.Record, p.RegionCode, records, http.RequestAborted))
                        {
                            json.WriteStartObject();
                            for (int i = 0; i < Fields.Length; i++)
                            {
                                if (Fields[i].Type == "number") json.WriteNumber(Fields[i].Name, decimal.Parse(row[i], CultureInfo.InvariantCulture));
                                else if (Fields[i].Type == "year") json.WriteNumber(Fields[i].Name, int.Parse(row[i], CultureInfo.InvariantCulture));
                                else if (Fields[i].Type == "boolean") json.WriteBoolean(Fields[i].Name, row[i] == "true");
                                else if (row[i].Length == 0) json.WriteNull(Fields[i].Name);
                                else json.WriteString(Fields[i].Name, row[i]);
                            }
                            json.WriteEndObject();
                            if (json.BytesPending > 1 << 16) json.Flush();
                        }
                    json.WriteEndArray();
                    json.Flush();
                    await buffer.DrainBufferAsync(stream, http.RequestAborted);
                }, "application/json; charset=utf-8", "budget-lines.json");
            default:
                return Results.NotFound();
        }
    }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One published budget's lines as the columns of <see cref="Fields"/> (amounts in 元, as stored).</summary>
    private static async Task<List<string[]>> RowsAsync(Record record, string regionCode, RecordService records, CancellationToken cancellationToken)
    {
        var budget = (await records.LoadAsync(record, cancellationToken)).Budget;
        var catalog = CatalogSet.ForNearest(budget.Year);
        var rows = new List<string[]>(budget.Lines.Count);
        foreach (var l in budget.Lines)
        {
            string functional = l.Functional.Value;
            string? economic = l.Economic?.Value;
            rows.Add(
            [
                regionCode, budget.Unit.Code, budget.Unit.Name, budget.Year.Value.ToString(CultureInfo.InvariantCulture),
                functional, catalog.Functional.TryGet(functional, out var f) ? f.Name : "",
                economic ?? "", economic is not null && catalog.DepartmentalEconomic.TryGet(economic, out var e) ? e.Name : "",
                PackageNames.Kinds.Name(l.Kind), PackageNames.Sources.Name(l.Source), l.ProjectCode ?? "",
                l.CarryOver ? "true" : "false", l.Amount.Value.ToString("0.00", CultureInfo.InvariantCulture),
            ]);
        }
        return rows;
    }

    /// <summary>
    /// The Fiscal Data Package descriptor (v0.3 model: measures and dimensions mapped onto the CSV's columns). It validates
    /// against the fiscal-data-package profile of the Frictionless tools (datapackage-js 1.1.10: docs/web.md).
    /// </summary>
    private static JsonObject Descriptor(string name, string title, int fromYear, int toYear)
    {
        JsonObject Attribute(string source, string? labelFor = null) =>
            labelFor is null ? new JsonObject { ["source"] = source } : new JsonObject { ["source"] = source, ["labelfor"] = labelFor };
        JsonObject Classification(string type, string code, string label) => new()
        {
            ["dimensionType"] = "classification",
            ["classificationType"] = type,
            ["primaryKey"] = new JsonArray("code"),
            ["attributes"] = new JsonObject { ["code"] = Attribute(code), ["title"] = Attribute(label, "code") },
        };
        var fields = new JsonArray();
        foreach (var (field, fieldTitle, type) in Fields)
            fields.Add(new JsonObject { ["name"] = field, ["title"] = fieldTitle, ["type"] = type });
        return new JsonObject
        {
            // the Fiscal Data Package schema (v0.3) extends the tabular one and takes its profile name; `profiles` says fiscal
            ["profile"] = "tabular-data-package",
            ["profiles"] = new JsonObject { ["fiscal"] = "*", ["tabular"] = "*" },
            ["name"] = name,
            ["title"] = title,
            ["description"] = "由 Jixiao 绩效从已公开的单位预算数据包生成：每行一条预算支出（元），按支出功能分类、部门预算支出经济分类、资金来源和支出类型列示。",
            ["countryCode"] = "CN",
            ["granularity"] = "aggregated",
            ["fiscalPeriod"] = new JsonObject { ["start"] = $"{fromYear:0000}-01-01", ["end"] = $"{toYear:0000}-12-31" },
            ["resources"] = new JsonArray(
                new JsonObject
                {
                    ["name"] = "budget-lines", ["path"] = "budget-lines.csv", ["format"] = "csv", ["mediatype"] = "text/csv", ["encoding"] = "utf-8",
                    ["profile"] = "tabular-data-resource", ["schema"] = new JsonObject { ["fields"] = fields },
                },
                new JsonObject
                {
                    ["name"] = "budget-lines-json", ["path"] = "budget-lines.json", ["format"] = "json", ["mediatype"] = "application/json",
                    ["encoding"] = "utf-8", ["profile"] = "tabular-data-resource", ["schema"] = new JsonObject { ["fields"] = fields.DeepClone() },
                }),
            ["model"] = new JsonObject
            {
                ["measures"] = new JsonObject
                {
                    ["amount"] = new JsonObject { ["source"] = "amount", ["currency"] = "CNY", ["factor"] = 1, ["direction"] = "expenditure", ["phase"] = "approved" },
                },
                ["dimensions"] = new JsonObject
                {
                    ["administrative"] = new JsonObject
                    {
                        ["dimensionType"] = "entity",
                        ["primaryKey"] = new JsonArray("id"),
                        ["attributes"] = new JsonObject
                        {
                            ["id"] = Attribute("unit_code"), ["title"] = Attribute("unit_name", "id"), ["locationCode"] = Attribute("region_code"),
                        },
                    },
                    ["date"] = new JsonObject
                    {
                        ["dimensionType"] = "datetime", ["primaryKey"] = new JsonArray("year"), ["attributes"] = new JsonObject { ["year"] = Attribute("year") },
                    },
                    ["functional-classification"] = Classification("functional", "functional_code", "functional_name"),
                    ["economic-classification"] = Classification("economic", "economic_code", "economic_name"),
                    ["source"] = new JsonObject
                    {
                        ["dimensionType"] = "classification",
                        ["title"] = "资金来源",
                        ["primaryKey"] = new JsonArray("title"),
                        ["attributes"] = new JsonObject { ["title"] = Attribute("funding_source") },
                    },
                    ["expense-kind"] = new JsonObject
                    {
                        ["dimensionType"] = "classification",
                        ["title"] = "支出类型（人员经费、公用经费、项目支出 …）",
                        ["primaryKey"] = new JsonArray("title"),
                        ["attributes"] = new JsonObject { ["title"] = Attribute("expense_kind"), ["carryOver"] = Attribute("carry_over") },
                    },
                    ["project"] = new JsonObject
                    {
                        ["dimensionType"] = "activity", ["primaryKey"] = new JsonArray("id"), ["attributes"] = new JsonObject { ["id"] = Attribute("project_code") },
                    },
                },
            },
        };
    }
}
