__glossarySearchShard("v/7a",{"names":["zebra"],"text":["zebra"]});
