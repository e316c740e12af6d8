namespace AgreementTracker.Integrity.Export;

/// <summary>
/// An export's lines as bytes, split at LF only, so a verifier hashes exactly the bytes it checks: a CR stays part of
/// its line, and the bytes after the last LF, if any, are a last line that <see cref="EndsWithLineFeed"/> says lacks it.
/// </summary>
internal sealed class ExportFileLines(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;

    public bool EndsWithLineFeed { get; private set; } = true;

    /// <summary>The next line without its LF, or null at the end of the file.</summary>
    public byte[]? Next()
    {
        var searchFrom = _start;
        while (true)
        {
            var lineFeed = Array.IndexOf(_buffer, (byte)'\n', searchFrom, _end - searchFrom);
            if (lineFeed >= 0)
            {
                var line = _buffer[_start..lineFeed];
                _start = lineFeed + 1;
                return line;
            }
            var scanned = _end - _start;
            if (!Fill())
                return Rest();
            searchFrom = _start + scanned;
        }
    }

    private byte[]? Rest()
    {
        if (_start == _end)
            return null;
        var rest = _buffer[_start.._end];
        _start = _end;
        EndsWithLineFeed = false;
        return rest;
    }

    private bool Fill()
    {
        var unread = _end - _start;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        (_start, _end) = (0, unread);
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read > 0;
    }
}
