using System.Text.Json.Serialization;

namespace Jixiao.Documents.Corpus;

/// <summary>The counts of the score over some documents (one layout × format, or all).</summary>
public sealed class CorpusTally
{
    [JsonPropertyName("documents")] public int Documents { get; set; }
    /// <summary>Documents the loader refused (no figure of them read).</summary>
    [JsonPropertyName("not_read")] public int NotRead { get; set; }
    /// <summary>Documents refused that were allowed to be (<see cref="CorpusExpectation.MayNotRead"/>): not in the other counts.</summary>
    [JsonPropertyName("not_read_allowed")] public int NotReadAllowed { get; set; }
    [JsonPropertyName("figures")] public int Figures { get; set; }
    [JsonPropertyName("figures_right")] public int FiguresRight { get; set; }
    [JsonPropertyName("planted")] public int Planted { get; set; }
    [JsonPropertyName("planted_found")] public int PlantedFound { get; set; }
    /// <summary>Error findings on a clean variant, or on a planted one not explained by the planted cell.</summary>
    [JsonPropertyName("false_errors")] public int FalseErrors { get; set; }
    /// <summary>Warnings the rendered disclosure does not draw itself.</summary>
    [JsonPropertyName("false_warnings")] public int FalseWarnings { get; set; }
    /// <summary>Rule outcomes of clean variants that are insufficient_data …</summary>
    [JsonPropertyName("insufficient")] public int Insufficient { get; set; }
    /// <summary>… out of the outcomes that are not not_applicable.</summary>
    [JsonPropertyName("applicable")] public int Applicable { get; set; }

    [JsonPropertyName("figures_right_share")] public double FiguresRightShare => Figures == 0 ? 1 : (double)FiguresRight / Figures;
    [JsonPropertyName("planted_found_share")] public double PlantedFoundShare => Planted == 0 ? 1 : (double)PlantedFound / Planted;
    [JsonPropertyName("insufficient_share")] public double InsufficientShare => Applicable == 0 ? 0 : (double)Insufficient / Applicable;

    public void Add(CorpusTally other)
    {
        Documents += other.Documents; NotRead += other.NotRead; NotReadAllowed += other.NotReadAllowed; Figures += other.Figures; FiguresRight += other.FiguresRight;
        Planted += other.Planted; PlantedFound += other.PlantedFound; FalseErrors += other.FalseErrors;
        FalseWarnings += other.FalseWarnings; Insufficient += other.Insufficient; Applicable += other.Applicable;
    }
}
