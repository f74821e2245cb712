__glossarySearchShard("v/64",{"names":[],"text":["dropped"]});
