//! The OS half of a file: the descriptor with its read-ahead and
//! pending-write buffers, the registry flushed at exit, and the few libc
//! calls std lacks. Nothing here touches a Python object, so each call can
//! run with the GIL released.

use super::DEFAULT_BUFFER_SIZE;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::sync::{Arc, Mutex, Weak};

// ====================================================================
// The OS half: no Python objects below this line until `FileObject`.
// ====================================================================

/// A descriptor with its read-ahead and pending-write buffers
/// (CPython's `FileIO` plus the `Buffered*` layer).
pub struct RawFile {
    /// `None` once closed.
    file: Option<File>,
    /// Close the descriptor at `close()` (false for `open(fd, closefd=False)`).
    closefd: bool,
    read_buf: Vec<u8>,
    /// How much of `read_buf` was handed out.
    read_pos: usize,
    write_buf: Vec<u8>,
    /// `buffering=0`: every write goes straight to the OS.
    unbuffered: bool,
}

/// `EBADF`, for an OS call on a closed file (the Python-level checks
/// normally catch that first, with CPython's messages).
fn closed_io_error() -> io::Error {
    io::Error::from_raw_os_error(9)
}

/// `EINVAL`, as lseek reports a negative position.
pub(super) fn invalid_io_error() -> io::Error {
    io::Error::from_raw_os_error(22)
}

/// One `read(2)`, retried on EINTR.
fn read_some(file: &mut File, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match file.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

impl RawFile {
    pub(super) fn new(file: File, closefd: bool, unbuffered: bool) -> RawFile {
        RawFile { file: Some(file), closefd, read_buf: Vec::new(), read_pos: 0, write_buf: Vec::new(), unbuffered }
    }

    pub fn is_closed(&self) -> bool {
        self.file.is_none()
    }

    fn file(&mut self) -> io::Result<&mut File> {
        self.file.as_mut().ok_or_else(closed_io_error)
    }

    /// Bytes read ahead but not handed out yet.
    fn unread(&self) -> usize {
        self.read_buf.len() - self.read_pos
    }

    /// Writes out the pending writes.
    pub fn flush_writes(&mut self) -> io::Result<()> {
        if self.write_buf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.write_buf);
        self.file()?.write_all(&data)
    }

    /// Forgets the read-ahead, moving the OS position back to the logical
    /// one (before a write or a seek).
    fn drop_read_ahead(&mut self) -> io::Result<()> {
        let unread = self.unread() as i64;
        self.read_buf.clear();
        self.read_pos = 0;
        if unread > 0 {
            self.file()?.seek(SeekFrom::Current(-unread))?;
        }
        Ok(())
    }

    /// Refills the empty read-ahead with one OS read; returns the bytes got
    /// (0 at end of file).
    fn fill(&mut self) -> io::Result<usize> {
        self.flush_writes()?;
        if self.unread() > 0 {
            return Ok(self.unread());
        }
        let mut buf = std::mem::take(&mut self.read_buf);
        buf.resize(DEFAULT_BUFFER_SIZE, 0);
        let n = read_some(self.file()?, &mut buf);
        buf.truncate(*n.as_ref().unwrap_or(&0));
        self.read_buf = buf;
        self.read_pos = 0;
        n
    }

    /// Takes up to `n` bytes of the read-ahead.
    fn take(&mut self, n: usize, out: &mut Vec<u8>) {
        let n = n.min(self.unread());
        out.extend_from_slice(&self.read_buf[self.read_pos..self.read_pos + n]);
        self.read_pos += n;
    }

    /// At most `max` bytes with at most one OS read (`read1`).
    pub fn read1(&mut self, max: usize) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        if self.unread() == 0 {
            self.fill()?;
        }
        self.take(max, &mut out);
        Ok(out)
    }

    /// `n` bytes, or fewer at end of file.
    pub fn read_n(&mut self, n: usize) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(n.min(1 << 20));
        while out.len() < n {
            if self.unread() == 0 && self.fill()? == 0 {
                break;
            }
            self.take(n - out.len(), &mut out);
        }
        Ok(out)
    }

    /// Everything up to end of file.
    pub fn read_all(&mut self) -> io::Result<Vec<u8>> {
        self.flush_writes()?;
        let mut out = Vec::new();
        self.take(self.unread(), &mut out);
        self.file()?.read_to_end(&mut out)?;
        Ok(out)
    }

    /// One line, `\n` included; at most `limit` bytes when given.
    pub fn read_line(&mut self, limit: Option<usize>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let room = limit.map_or(usize::MAX, |l| l - out.len());
            if room == 0 {
                break;
            }
            if self.unread() == 0 && self.fill()? == 0 {
                break;
            }
            let avail = &self.read_buf[self.read_pos..];
            if let Some(i) = avail.iter().position(|&b| b == b'\n') {
                self.take((i + 1).min(room), &mut out);
                if i < room {
                    break;
                }
            } else {
                self.take(room, &mut out);
            }
        }
        Ok(out)
    }

    /// Buffers `data` (writing out when the buffer is full).
    pub fn write(&mut self, data: &[u8]) -> io::Result<()> {
        self.drop_read_ahead()?;
        self.write_buf.extend_from_slice(data);
        if self.unbuffered || self.write_buf.len() >= DEFAULT_BUFFER_SIZE {
            self.flush_writes()?;
        }
        Ok(())
    }

    /// lseek: `whence` 0, 1 or 2; returns the new position.
    pub fn seek(&mut self, offset: i64, whence: i64) -> io::Result<u64> {
        self.flush_writes()?;
        let unread = self.unread() as i64;
        let target = match whence {
            0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| invalid_io_error())?),
            1 => SeekFrom::Current(offset - unread),
            2 => SeekFrom::End(offset),
            _ => return Err(invalid_io_error()),
        };
        self.read_buf.clear();
        self.read_pos = 0;
        self.file()?.seek(target)
    }

    /// The logical position (pending writes and read-ahead accounted for).
    pub fn tell(&mut self) -> io::Result<u64> {
        let unread = self.unread() as u64;
        let pending = self.write_buf.len() as u64;
        let pos = self.file()?.stream_position()?;
        Ok((pos + pending).saturating_sub(unread))
    }

    /// ftruncate to `size` (default: the current position); returns it.
    pub fn truncate(&mut self, size: Option<u64>) -> io::Result<u64> {
        self.flush_writes()?;
        let size = match size {
            Some(s) => s,
            None => self.tell()?,
        };
        self.drop_read_ahead()?;
        self.file()?.set_len(size)?;
        Ok(size)
    }

    pub fn seekable(&mut self) -> io::Result<bool> {
        Ok(self.file()?.stream_position().is_ok())
    }

    pub fn isatty(&mut self) -> io::Result<bool> {
        use std::io::IsTerminal;
        Ok(self.file()?.is_terminal())
    }

    pub fn fileno(&mut self) -> io::Result<i32> {
        use std::os::fd::AsRawFd;
        Ok(self.file()?.as_raw_fd())
    }

    /// Flushes, then closes the descriptor (or lets go of it when
    /// `closefd` is false). A second close does nothing.
    pub fn close(&mut self) -> io::Result<()> {
        if self.file.is_none() {
            return Ok(());
        }
        let flushed = self.flush_writes();
        self.read_buf.clear();
        self.read_pos = 0;
        if let Some(f) = self.file.take() {
            if self.closefd {
                drop(f);
            } else {
                use std::os::fd::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
        flushed
    }
}

impl Drop for RawFile {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// A `RawFile` shared by a text file and its `buffer`.
pub(super) type SharedRaw = Arc<Mutex<RawFile>>;

/// Every file opened, weakly, for the flush at exit.
static OPEN_FILES: Mutex<Vec<Weak<Mutex<RawFile>>>> = Mutex::new(Vec::new());

extern "C" {
    /// The C library's `atexit` (std links libc on every Unix target).
    fn atexit(callback: extern "C" fn()) -> std::os::raw::c_int;
}

/// Runs at process exit (not at `os._exit`): writes out what files still
/// buffer. `try_lock` only, so a thread stopped mid-write cannot hang exit.
extern "C" fn flush_at_exit() {
    let Ok(list) = OPEN_FILES.try_lock() else { return };
    for weak in list.iter() {
        if let Some(raw) = weak.upgrade() {
            if let Ok(mut r) = raw.try_lock() {
                let _ = r.flush_writes();
            }
        }
    }
}

pub(super) fn register_for_exit_flush(raw: &SharedRaw) {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        // SAFETY: `flush_at_exit` is an `extern "C" fn()` that neither
        // panics nor unwinds; registering it has no other precondition.
        unsafe {
            atexit(flush_at_exit);
        }
    });
    let mut list = OPEN_FILES.lock().unwrap_or_else(|e| e.into_inner());
    list.retain(|w| w.strong_count() > 0);
    list.push(Arc::downgrade(raw));
}


pub(super) fn os_adopt_fd(fd: i32) -> io::Result<File> {
    use std::os::fd::FromRawFd;
    // fstat first: `from_raw_fd` requires an open descriptor.
    // SAFETY: fcntl(F_GETFD) only inspects the descriptor table.
    let ok = unsafe { fcntl(fd, 1) } >= 0;
    if !ok {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` is open (checked above); the File becomes its owner, and
    // with `closefd=False` gives it back unclosed (`RawFile::close`).
    Ok(unsafe { File::from_raw_fd(fd) })
}

extern "C" {
    fn fcntl(fd: std::os::raw::c_int, cmd: std::os::raw::c_int, ...) -> std::os::raw::c_int;
}

