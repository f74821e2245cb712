__glossarySearchShard("v/73",{"names":["script"],"text":["school","second","see","so","stripes"]});
