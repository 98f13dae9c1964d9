using Jixiao.Web.Setup;

namespace Jixiao.Web.Records;

/// <summary>
/// The files being read at once — uploads into records and documents under review alike — at most one per core, each
/// on a worker thread within <see cref="JixiaoOptions.ReviewTimeout"/>. A read that outlives its limit is abandoned
/// (its caller is answered) but cannot be stopped, the readers taking no cancellation: it keeps its slot until it ends,
/// so that files that never finish reading cannot take every thread of the server.
/// </summary>
public sealed class ReadSlots(JixiaoOptions options, int slots)
{
    private readonly SemaphoreSlim _free = new(slots, slots);

    public ReadSlots(JixiaoOptions options) : this(options, Environment.ProcessorCount)
    {
    }

    /// <summary>Reads still running, the abandoned included.</summary>
    public int Busy => slots - _free.CurrentCount;

    /// <summary>
    /// Runs <paramref name="read"/> once a slot is free (waiting at most <paramref name="wait"/>, then refused with 503),
    /// within the time limit (beyond it <see cref="TimeoutException"/>).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<T> read, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await _free.WaitAsync(wait, cancellationToken))
            throw new Refusal(StatusCodes.Status503ServiceUnavailable, $"服务器正在读取其他 {Busy} 个文件，请稍后再试");
        Task<T> reading;
        try
        {
            reading = Task.Run(read, CancellationToken.None);
        }
        catch
        {
            _free.Release();
            throw;
        }
        // the slot is given back when the read ends, not when its caller stops waiting
        _ = reading.ContinueWith(_ => _free.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return await reading.WaitAsync(options.ReviewTimeout, cancellationToken);
    }
}
