#!/usr/bin/python3
"""Reads a recently-used.xbel with GLib's own GBookmarkFile (what GtkRecentManager and GIO use)
and checks the entry of one URI.
usage: xbel_glib_check.py FILE URI MIME APP EXEC COUNT
PyGObject cannot create a GBookmarkFile, so libglib-2.0 is called through ctypes; the script
exits 77 (skipped) when that library is not installed."""
import ctypes
import ctypes.util
import sys

name = ctypes.util.find_library("glib-2.0")
if not name:
    print("skipped: libglib-2.0 is not installed")
    sys.exit(77)
glib = ctypes.CDLL(name)


class GError(ctypes.Structure):
    _fields_ = [("domain", ctypes.c_uint32), ("code", ctypes.c_int), ("message", ctypes.c_char_p)]


glib.g_bookmark_file_new.restype = ctypes.c_void_p
glib.g_bookmark_file_load_from_file.argtypes = [
    ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.POINTER(GError))]
glib.g_bookmark_file_load_from_file.restype = ctypes.c_int
glib.g_bookmark_file_get_uris.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t)]
glib.g_bookmark_file_get_uris.restype = ctypes.POINTER(ctypes.c_char_p)
glib.g_bookmark_file_get_mime_type.argtypes = [
    ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.POINTER(GError))]
glib.g_bookmark_file_get_mime_type.restype = ctypes.c_char_p
glib.g_bookmark_file_get_app_info.argtypes = [
    ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p),
    ctypes.POINTER(ctypes.c_uint), ctypes.POINTER(ctypes.c_long),
    ctypes.POINTER(ctypes.POINTER(GError))]
glib.g_bookmark_file_get_app_info.restype = ctypes.c_int
glib.g_bookmark_file_get_modified.argtypes = [
    ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.POINTER(GError))]
glib.g_bookmark_file_get_modified.restype = ctypes.c_long
glib.g_filename_from_uri.argtypes = [ctypes.c_char_p, ctypes.c_void_p,
                                     ctypes.POINTER(ctypes.POINTER(GError))]
glib.g_filename_from_uri.restype = ctypes.c_char_p

path, uri, mime, app, exec_line, count = sys.argv[1:7]
bookmarks = glib.g_bookmark_file_new()
error = ctypes.POINTER(GError)()
if not glib.g_bookmark_file_load_from_file(bookmarks, path.encode(), ctypes.byref(error)):
    print("GLib cannot read the list:", error.contents.message.decode())
    sys.exit(1)
size = ctypes.c_size_t()
found = glib.g_bookmark_file_get_uris(bookmarks, ctypes.byref(size))
uris = [found[i].decode() for i in range(size.value)]
problems = []
if uri not in uris:
    problems.append("%s is not among %s" % (uri, uris))
else:
    key = uri.encode()
    found_mime = glib.g_bookmark_file_get_mime_type(bookmarks, key, None)
    if (found_mime or b"").decode() != mime:
        problems.append("MIME type %r" % found_mime)
    found_exec = ctypes.c_char_p()
    found_count = ctypes.c_uint()
    stamp = ctypes.c_long()
    if not glib.g_bookmark_file_get_app_info(bookmarks, key, app.encode(), ctypes.byref(found_exec),
                                             ctypes.byref(found_count), ctypes.byref(stamp), None):
        problems.append("no application %r" % app)
    else:
        local = glib.g_filename_from_uri(key, None, None).decode()
        if found_exec.value.decode() != exec_line.replace("%f", local):
            problems.append("exec %r" % found_exec.value)
        if found_count.value != int(count):
            problems.append("count %d" % found_count.value)
        if stamp.value <= 0:
            problems.append("no application time")
    if glib.g_bookmark_file_get_modified(bookmarks, key, None) <= 0:
        problems.append("no modified time")
if problems:
    print("GLib reads the list differently:", "; ".join(problems))
    sys.exit(1)
print("GLib reads %d entries: %s by %s (%s, %s times)" % (len(uris), uri, app, mime, count))
