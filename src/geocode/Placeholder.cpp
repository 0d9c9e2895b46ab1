// Placeholder translation unit; removed when the module has real sources.
