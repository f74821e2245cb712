// Term preview cards on hover, focus and tap; data from #term-previews.
