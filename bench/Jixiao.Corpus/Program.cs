using Jixiao.Corpus;
using Jixiao.Documents.Corpus;

// jixiao-corpus generate OUT_DIR            writes the generated corpus (documents and their NAME.expected.json)
// jixiao-corpus score CORPUS_DIR [--json]   reads and checks every document of a corpus and prints the reading score
if (args is ["generate", var outDir])
{
    CorpusGenerator.Generate(outDir, Console.Out);
    return 0;
}
if (args is ["score", var dir, .. var rest] && rest.All(a => a == "--json"))
{
    var score = CorpusScore.Of(dir);
    Console.Out.WriteLine(rest.Length > 0 ? score.ToJson() : score.ToTable());
    if (rest.Length == 0)
        foreach (var p in score.Problems.Take(200)) Console.Error.WriteLine(p);
    return 0;
}
Console.Error.WriteLine("usage: Jixiao.Corpus generate OUT_DIR | score CORPUS_DIR [--json]");
return 2;
