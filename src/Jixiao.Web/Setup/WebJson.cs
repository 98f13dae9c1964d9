using System.Text.Json.Serialization;

namespace Jixiao.Web.Setup;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Backup.Summary))]
internal sealed partial class WebJson : JsonSerializerContext;
