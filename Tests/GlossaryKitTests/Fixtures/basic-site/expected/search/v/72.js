__glossarySearchShard("v/72",{"names":[],"text":["raw"]});
