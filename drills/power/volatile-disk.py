#!/usr/bin/python3
"""A disk that forgets what was never synced: the power-cut drill's filesystem.

A FUSE pass-through over a backing folder. Written data stays in this process's memory (the
"drive cache") until the file is fsynced, which writes it to the backing file and syncs that.
Killing this process (SIGKILL) is the power cut: every unsynced byte is gone with its memory, as a
drive cache's would be, and the backing folder holds exactly what was synced. Metadata (create, rename, unlink) goes straight to the backing
folder, which is kinder than a real power cut but not to the WAL contents this drill is about.

Usage: volatile-disk.py BACKING MOUNTPOINT   (Debian: python3-fusepy, fuse3)
"""
import errno
import os
import sys
import threading

import fusepy

STAT_KEYS = ('st_atime', 'st_ctime', 'st_gid', 'st_mode', 'st_mtime', 'st_nlink', 'st_size', 'st_uid')


class VolatileDisk(fusepy.Operations):
    # No `lock` operation (nor any attribute of that name): FUSE then keeps POSIX locks in the kernel,
    # which is what SQLite needs from a local disk.

    def __init__(self, root):
        self.root = root
        self.unsynced = {}  # path -> bytearray: the file as the OS sees it, not yet on the disk
        self.mutex = threading.RLock()

    def _path(self, path):
        return os.path.join(self.root, path.lstrip('/'))

    def _cached(self, path):
        if path not in self.unsynced:
            with open(self._path(path), 'rb') as f:
                self.unsynced[path] = bytearray(f.read())
        return self.unsynced[path]

    # --- metadata: straight to the backing folder ---
    def getattr(self, path, fh=None):
        with self.mutex:
            st = os.lstat(self._path(path))
            attrs = {k: getattr(st, k) for k in STAT_KEYS}
            if path in self.unsynced:
                attrs['st_size'] = len(self.unsynced[path])
            return attrs

    def readdir(self, path, fh):
        return ['.', '..'] + os.listdir(self._path(path))

    def access(self, path, mode):
        if not os.access(self._path(path), mode):
            raise fusepy.FuseOSError(errno.EACCES)

    def chmod(self, path, mode):
        return os.chmod(self._path(path), mode)

    def chown(self, path, uid, gid):
        return os.chown(self._path(path), uid, gid)

    def utimens(self, path, times=None):
        return os.utime(self._path(path), times)

    def mkdir(self, path, mode):
        return os.mkdir(self._path(path), mode)

    def rmdir(self, path):
        return os.rmdir(self._path(path))

    def statfs(self, path):
        st = os.statvfs(self._path(path))
        return {k: getattr(st, k) for k in ('f_bavail', 'f_bfree', 'f_blocks', 'f_bsize', 'f_favail', 'f_ffree', 'f_files', 'f_flag', 'f_frsize', 'f_namemax')}

    def unlink(self, path):
        with self.mutex:
            self.unsynced.pop(path, None)
            return os.unlink(self._path(path))

    def rename(self, old, new):
        with self.mutex:
            if old in self.unsynced:
                self.unsynced[new] = self.unsynced.pop(old)
            return os.rename(self._path(old), self._path(new))

    # --- data: in memory until fsync ---
    def create(self, path, mode, fi=None):
        with self.mutex:
            os.close(os.open(self._path(path), os.O_WRONLY | os.O_CREAT, mode))
            return 0

    def open(self, path, flags):
        if not os.path.exists(self._path(path)):
            raise fusepy.FuseOSError(errno.ENOENT)
        return 0

    def read(self, path, size, offset, fh):
        with self.mutex:
            if path in self.unsynced:
                return bytes(self.unsynced[path][offset:offset + size])
            with open(self._path(path), 'rb') as f:
                f.seek(offset)
                return f.read(size)

    def write(self, path, data, offset, fh):
        with self.mutex:
            buf = self._cached(path)
            if offset > len(buf):
                buf.extend(b'\0' * (offset - len(buf)))
            buf[offset:offset + len(data)] = data
            return len(data)

    def truncate(self, path, length, fh=None):
        with self.mutex:
            buf = self._cached(path)
            if length < len(buf):
                del buf[length:]
            else:
                buf.extend(b'\0' * (length - len(buf)))

    def fsync(self, path, datasync, fh):
        with self.mutex:
            buf = self.unsynced.pop(path, None)
            if buf is None:
                return 0
            with open(self._path(path), 'r+b') as f:
                f.write(buf)
                f.truncate(len(buf))
                f.flush()
                os.fsync(f.fileno())
            return 0

    def flush(self, path, fh):
        return 0

    def release(self, path, fh):
        return 0


def main():
    backing, mountpoint = sys.argv[1], sys.argv[2]
    disk = VolatileDisk(os.path.abspath(backing))
    # nothreads: one request at a time keeps the model simple; direct_io=False so SQLite can mmap -shm.
    fusepy.FUSE(disk, mountpoint, foreground=True, nothreads=True)


if __name__ == '__main__':
    main()
