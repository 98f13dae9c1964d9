using Jixiao.Web.Setup;

namespace Jixiao.Web.Records;

/// <summary>
/// The files being read at once — uploads into records and documents under review alike — at most one per core, each
/// on a worker thread within <see cref="JixiaoOptions.ReviewTimeout"/>. At the limit, or when its caller goes away, the
/// read is cancelled: a PDF stops before its next page, a published workbook before its next sheet, LibreOffice is
/// ended (a package, a filled workbook, a Word document or a web page, bounded by the readers' limits, reads on). Its
/// caller is answered at the limit; the slot is given back only when the read has stopped, so that files whose reading
/// does not stop at once cannot take every thread of the server.
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
    /// within the time limit (beyond it <see cref="TimeoutException"/>); the token it is given is cancelled at the limit
    /// and when <paramref name="cancellationToken"/> is.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> read, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await _free.WaitAsync(wait, cancellationToken))
            throw new Refusal(StatusCodes.Status503ServiceUnavailable, $"服务器正在读取其他 {Busy} 个文件，请稍后再试");
        CancellationTokenSource? limit = null;
        Task<T> reading;
        try
        {
            limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(options.ReviewTimeout);
            var token = limit.Token;
            reading = Task.Run(() => read(token), CancellationToken.None);
        }
        catch
        {
            limit?.Dispose();
            _free.Release();
            throw;
        }
        // the slot is given back when the read has stopped, not when its caller stops waiting
        _ = reading.ContinueWith(_ => { limit.Dispose(); _free.Release(); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await reading.WaitAsync(options.ReviewTimeout, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // the read saw its limit before the wait did
            throw new TimeoutException($"读取超过 {options.ReviewTimeout.TotalSeconds:0} 秒，已停止");
        }
    }
}
